# concurrent.futures with as_completed and resubmission: a job that raises TimeoutError-like errors is
# resubmitted once; the status of every host is collected.
from concurrent.futures import ThreadPoolExecutor, as_completed

log = []
FLAKY = {"db": 1}
attempts = {}


class Unreachable(Exception):
    pass


def ping(host):
    attempts[host] = attempts.get(host, 0) + 1
    if host == "dead":
        raise Unreachable(host)
    if FLAKY.get(host, 0) >= attempts[host]:
        raise ConnectionError(host)
    return f"{host}:up"


status = {}
with ThreadPoolExecutor(max_workers=2) as pool:
    pending = {pool.submit(ping, host): host for host in ["web", "db", "dead"]}
    while pending:
        retry = {}
        for future in as_completed(pending):
            host = pending[future]
            try:
                status[host] = future.result()
            except ConnectionError:
                retry[pool.submit(ping, host)] = host
            except Unreachable:
                status[host] = f"{host}:down"
        pending = retry
for host in sorted(status):
    log.append(status[host])
print(log)
