# Resolve host names in a thread pool; failures come back through the futures and are counted by type.
from concurrent.futures import ThreadPoolExecutor, as_completed

ZONE = {"api.example": "10.0.0.1", "db.example": "10.0.0.2", "cdn.example": "10.0.0.9"}


class ResolveError(Exception):
    pass


def resolve(host):
    if host.endswith(".invalid"):
        raise ValueError(f"bad name {host}")
    if host not in ZONE:
        raise ResolveError(host)
    return ZONE[host]


hosts = ["api.example", "mail.example", "db.example", "x.invalid", "cdn.example"]
addresses = {}
errors = {}
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(resolve, host): host for host in hosts}
    for future in as_completed(futures):
        host = futures[future]
        try:
            addresses[host] = future.result()
        except ResolveError:
            errors[host] = "nxdomain"
        except ValueError as exc:
            errors[host] = str(exc)

print(f"addresses={dict(sorted(addresses.items()))} errors={dict(sorted(errors.items()))}")
