from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

attempts = {}
lock = threading.Lock()


def flaky(job_id):
    with lock:
        attempts[job_id] = attempts.get(job_id, 0) + 1
        tries = attempts[job_id]
    if job_id % 2 == 0 and tries < 2:
        raise ConnectionError(f"job {job_id} failed")
    return job_id * 100


done = {}
with ThreadPoolExecutor(max_workers=2) as pool:
    pending = {pool.submit(flaky, j): j for j in range(4)}
    retries = 0
    while pending:
        next_round = {}
        for fut in as_completed(pending):
            j = pending[fut]
            try:
                done[j] = fut.result()
            except ConnectionError:
                retries += 1
                next_round[pool.submit(flaky, j)] = j
        pending = next_round
total = sum(done.values())
print(total, retries)
