//! The optional reachability probe: does each UNC host answer on the SMB port (TCP 445)?
//!
//! Off by default: it touches the customer's network, and the UI and CLI say so. Connections
//! are bounded in number at once, each has a timeout, the whole probe is cancellable and
//! reports progress. Results are evidence next to the locations; nothing is dropped because a
//! host did not answer.

use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokenready_model::{Location, LocationKind, ProbeStatus, Progress, Reachability};

/// The SMB port.
pub const SMB_PORT: u16 = 445;

#[derive(Clone, Debug)]
pub struct ProbeOptions {
    pub port: u16,
    pub timeout: Duration,
    /// At most this many connection attempts at once.
    pub concurrency: usize,
}

impl Default for ProbeOptions {
    fn default() -> Self {
        ProbeOptions {
            port: SMB_PORT,
            timeout: Duration::from_secs(3),
            concurrency: 16,
        }
    }
}

/// The distinct UNC hosts of a set of locations, sorted.
pub fn unc_hosts(locations: &[Location]) -> Vec<String> {
    let mut hosts: Vec<String> = locations
        .iter()
        .filter(|l| l.kind == LocationKind::Unc)
        .filter_map(|l| l.host.clone())
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Probes each host once. Hosts not reached before a cancel are left out of the result.
pub fn probe_hosts(
    hosts: &[String],
    opts: &ProbeOptions,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Vec<Reachability> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let out = Mutex::new(Vec::with_capacity(hosts.len()));
    let workers = opts.concurrency.clamp(1, 64).min(hosts.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                if cancel.load(Ordering::Relaxed) {
                    return;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(host) = hosts.get(i) else { return };
                let r = probe_one(host, opts);
                out.lock().expect("probe results").push((i, r));
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress(Progress::Probed {
                    host: host.clone(),
                    done: n as u64,
                    total: hosts.len() as u64,
                });
            });
        }
    });
    let mut v = out.into_inner().expect("probe results");
    v.sort_by_key(|(i, _)| *i);
    v.into_iter().map(|(_, r)| r).collect()
}

/// `fe80--1s4.ipv6-literal.net` is Microsoft's spelling of the IPv6 address `fe80::1%4`.
fn ipv6_literal(host: &str) -> Option<String> {
    let lit = host.strip_suffix(".ipv6-literal.net")?;
    let (addr, zone) = match lit.split_once('s') {
        Some((a, z)) => (a, Some(z)),
        None => (lit, None),
    };
    let mut s = addr.replace('-', ":");
    if let Some(z) = zone {
        s = format!("{s}%{z}");
    }
    Some(s)
}

pub fn probe_one(host: &str, opts: &ProbeOptions) -> Reachability {
    let t0 = Instant::now();
    let done = |status, detail: String| Reachability {
        host: host.to_string(),
        port: opts.port,
        status,
        millis: t0.elapsed().as_millis() as u64,
        detail,
    };
    let name = ipv6_literal(host).unwrap_or_else(|| host.to_string());
    let addrs: Vec<SocketAddr> = match (name.as_str(), opts.port).to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(e) => return done(ProbeStatus::Unresolved, e.to_string()),
    };
    let Some(addr) = addrs.first() else {
        return done(ProbeStatus::Unresolved, "no address".into());
    };
    match TcpStream::connect_timeout(addr, opts.timeout) {
        Ok(_) => done(ProbeStatus::Open, addr.to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            done(ProbeStatus::Closed, format!("{addr}: {e}"))
        }
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            ) =>
        {
            done(
                ProbeStatus::Timeout,
                format!("{addr}: no answer in {} ms", opts.timeout.as_millis()),
            )
        }
        Err(e) => done(ProbeStatus::Error, format!("{addr}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    fn opts(port: u16) -> ProbeOptions {
        ProbeOptions {
            port,
            timeout: Duration::from_millis(400),
            concurrency: 4,
        }
    }

    #[test]
    fn open_and_closed_ports_on_loopback() {
        let open = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = open.local_addr().unwrap().port();
        assert_eq!(
            probe_one("127.0.0.1", &opts(port)).status,
            ProbeStatus::Open
        );
        let closed_port = {
            let l = TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        assert_eq!(
            probe_one("127.0.0.1", &opts(closed_port)).status,
            ProbeStatus::Closed
        );
        assert_eq!(
            probe_one("localhost", &opts(port)).status,
            ProbeStatus::Open
        );
    }

    #[test]
    fn a_silent_listener_times_out() {
        // A listener with a backlog of 0 whose queue is full drops further SYNs: the
        // connection attempt gets no answer, as from a host behind a filtering firewall.
        let socket =
            socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        socket
            .bind(&"127.0.0.1:0".parse::<SocketAddr>().unwrap().into())
            .unwrap();
        socket.listen(0).unwrap();
        let port = socket.local_addr().unwrap().as_socket().unwrap().port();
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        // Fill the accept queue; once it is full, further attempts get no answer.
        let fillers: Vec<TcpStream> = (0..4)
            .filter_map(|_| TcpStream::connect_timeout(&addr, Duration::from_millis(200)).ok())
            .collect();
        assert!(!fillers.is_empty());
        let r = probe_one("127.0.0.1", &opts(port));
        let saw_timeout = r.status == ProbeStatus::Timeout;
        assert!(r.millis >= 300, "{r:?}");
        assert!(saw_timeout, "the backlog never filled");
    }

    #[test]
    fn unresolvable_names_and_ipv6_literals() {
        let r = probe_one("no-such-host.invalid", &opts(445));
        assert_eq!(r.status, ProbeStatus::Unresolved);
        assert_eq!(
            ipv6_literal("fe80--1s4.ipv6-literal.net").unwrap(),
            "fe80::1%4"
        );
        assert_eq!(
            ipv6_literal("2001-db8--1.ipv6-literal.net").unwrap(),
            "2001:db8::1"
        );
        assert_eq!(ipv6_literal("ps01"), None);
    }

    #[test]
    fn many_hosts_bounded_with_progress_and_cancel() {
        let open = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = open.local_addr().unwrap().port();
        let hosts: Vec<String> = (0..10).map(|_| "127.0.0.1".to_string()).collect();
        let seen = AtomicUsize::new(0);
        let progress = |p: Progress| {
            if let Progress::Probed { total, .. } = p {
                assert_eq!(total, 10);
                seen.fetch_add(1, Ordering::Relaxed);
            }
        };
        let r = probe_hosts(&hosts, &opts(port), &progress, &AtomicBool::new(false));
        assert_eq!(r.len(), 10);
        assert!(r.iter().all(|x| x.status == ProbeStatus::Open));
        assert_eq!(seen.load(Ordering::Relaxed), 10);
        let cancelled = probe_hosts(&hosts, &opts(port), &|_| {}, &AtomicBool::new(true));
        assert!(cancelled.is_empty());
    }
}
