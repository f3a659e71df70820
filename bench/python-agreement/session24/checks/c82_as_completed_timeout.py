"""as_completed(fs, timeout=...) raises TimeoutError when a future is still pending at the deadline."""
import concurrent.futures
import time


def job(seconds):
    time.sleep(seconds)
    return seconds


got = 0
timed_out = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(job, s) for s in (0.001, 0.3)]
    try:
        for future in concurrent.futures.as_completed(futures, timeout=0.1):
            got += 1
    except concurrent.futures.TimeoutError:
        timed_out = 1
print(got, timed_out)
