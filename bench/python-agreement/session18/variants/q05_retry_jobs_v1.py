# Jobs that fail are put back for a retry (at most MAX_ATTEMPTS); the worker stops after an idle timeout.
import queue
import threading

MAX_ATTEMPTS = 3
IDLE_TIMEOUT = 0.05
FLAKY = {"b": 2, "d": 5}  # how many times each job fails before it succeeds

work = queue.Queue()
attempts = {}
succeeded = []
gave_up = []


def handle(job):
    attempts[job] = attempts.get(job, 0) + 1
    if job in FLAKY and attempts[job] <= FLAKY[job]:
        raise RuntimeError(f"{job} failed")


def worker():
    while True:
        try:
            job = work.get(timeout=IDLE_TIMEOUT)
        except queue.Empty:
            return
        try:
            handle(job)
            succeeded.append(job)
        except RuntimeError:
            if attempts[job] < MAX_ATTEMPTS:
                work.put(job)
            else:
                gave_up.append(job)


if __name__ == "__main__":
    for job in ["a", "b", "c", "d"]:
        work.put(job)
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert sorted(succeeded) == ["a", "b", "c"]
    assert gave_up == ["d"]
