"""`executor.map(f, items, timeout=0.05)`: the results come in input order, each by the one deadline
measured from the `map` call. The second job sleeps past it, so the loop gets the first result and then
TimeoutError; the jobs already running finish anyway (`cancel` stops only a job still queued), and the
`with` waits for them."""
import concurrent.futures
import time

received = []
timed_out = 0


def job(delay_ms):
    time.sleep(delay_ms / 1000)
    return delay_ms


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    try:
        for value in executor.map(job, [10, 100, 20], timeout=0.05):
            received.append(value)
    except TimeoutError:
        timed_out += 1
print(received, timed_out)
