// "How to collect this": the exact commands to run on the customer's servers, read-only ones.
// What each collects and where it runs are the messages `ui-collect-<id>-what` and `-where`
// (ui.ftl); the English here is the source text beside the command.
export interface CollectStep {
  id: string;
  what: string;
  where: string;
  command: string;
}

export const COLLECT: CollectStep[] = [
  {
    id: "codebases",
    what: "Package code bases (UNC or HTTP)",
    where: "SQL Server Management Studio on the CMDB (Symantec_CMDB); save the result as CSV",
    command: "SELECT c.PackageId, c.URL, c.Source, c.Snapshot FROM SWDPackageCodebase c;",
  },
  {
    id: "dc-events",
    what: "Lockouts and failed logons of the ACC",
    where: "Command prompt on the PDC emulator (and each DC), as an administrator",
    command:
      'wevtutil qe Security /q:"*[System[(EventID=4740 or EventID=4625 or EventID=4771 or EventID=4776)]]" /f:xml /e:Events > %COMPUTERNAME%-security.xml',
  },
  {
    id: "site-events",
    what: "Failed logons on a site server (local ACC)",
    where: "PowerShell on each site server, as an administrator",
    command:
      "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4740,4625} | ForEach-Object { $_.ToXml() } | Out-File -Encoding utf8 \"$env:COMPUTERNAME-security.xml\"",
  },
  {
    id: "elastic-events",
    what: "Lockouts and failed logons kept in Elastic (when the DC's Security log has rolled over)",
    where:
      "Any machine that reaches Elasticsearch, with a read-only user (curl asks for its password; TokenReady never does). Adjust the index pattern and the time range",
    command:
      'curl -s -u readonly -H "Content-Type: application/json" "https://elastic.example:9200/winlogbeat-*,logs-system.security-*/_search?size=10000" -d "{\\"query\\":{\\"bool\\":{\\"filter\\":[{\\"terms\\":{\\"winlog.event_id\\":[\\"4740\\",\\"4625\\",\\"4771\\",\\"4776\\"]}},{\\"range\\":{\\"@timestamp\\":{\\"gte\\":\\"now-30d\\"}}}]}}}" > elastic-security.json',
  },
  {
    id: "sentinel-events",
    what: "Lockouts and failed logons kept in Microsoft Sentinel / Log Analytics",
    where:
      "Azure portal, the workspace's Logs blade (a Reader role is enough); run the query, then Export → CSV (all columns). Adjust the time range",
    command:
      "SecurityEvent | where TimeGenerated > ago(30d) | where EventID in (4740, 4625, 4771, 4776)",
  },
  {
    id: "splunk-events",
    what: "Lockouts and failed logons kept in Splunk",
    where:
      "Splunk Search & Reporting, as a user who may search the Windows index; run the search, then Export → JSON or CSV (raw events or all fields). Adjust the index and the time range",
    command:
      'search index=wineventlog (source="WinEventLog:Security" OR source="XmlWinEventLog:Security") (EventCode=4740 OR EventCode=4625 OR EventCode=4771 OR EventCode=4776) earliest=-30d',
  },
  {
    id: "ns-logs",
    what: "Notification Server logs (with the archived ones)",
    where: "Command prompt on the Notification Server",
    command: 'robocopy "C:\\ProgramData\\Symantec\\SMP\\Logs" "%USERPROFILE%\\Desktop\\evidence\\%COMPUTERNAME%-Logs" /E',
  },
  {
    id: "agent-logs",
    what: "Agent logs of site servers and a few agents",
    where: "Command prompt on each site server",
    command: 'robocopy "C:\\ProgramData\\Symantec\\Symantec Agent\\Logs" "%USERPROFILE%\\Desktop\\evidence\\%COMPUTERNAME%-AgentLogs" /E',
  },
];
