import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

winner = ""
winner_code = 0
late_results: list[int] = []


def query(replica: int, delay: float) -> int:
    time.sleep(delay)
    return replica


with ThreadPoolExecutor(max_workers=2) as pool:
    primary = pool.submit(query, 1, 0.05)
    backup = pool.submit(query, 2, 0.01)
    done, pending = wait([primary, backup], timeout=1.0, return_when=FIRST_COMPLETED)
    first = done.pop()
    winner_code = first.result()
    winner = "primary" if first is primary else "backup"
    for fut in pending:
        late_results.append(fut.result())

print(f"winner={winner} ({winner_code}) late={late_results}")
assert winner_code == 2 and late_results == [1]
