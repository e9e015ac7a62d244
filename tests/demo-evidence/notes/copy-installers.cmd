@echo off
REM Nightly copy of installers to the package share (maintained by the desktop team)
robocopy \\files01\Packages$\Office2021 "D:\Staging\Office2021" /MIR /R:2
robocopy //files01/Packages$/Citrix D:\Staging\Citrix /MIR
REM Status page: https://smp01.contoso.local/Altiris/Console
