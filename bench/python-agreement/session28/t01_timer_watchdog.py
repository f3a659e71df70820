import threading
import time

fired = 0
finished = 0
log: list[str] = []


def on_timeout() -> None:
    global fired
    fired += 1
    log.append("watchdog fired")


def job(steps: int) -> None:
    global finished
    for _ in range(steps):
        time.sleep(0.005)
    finished += 1
    log.append(f"job done after {steps} steps")


# A watchdog that would fire if the job took too long; the job finishes first, so it is cancelled.
watchdog = threading.Timer(0.5, on_timeout)
watchdog.start()
worker = threading.Thread(target=job, args=(4,))
worker.start()
worker.join()
watchdog.cancel()
watchdog.join()

# A second watchdog with a short deadline and nothing to cancel it.
late = threading.Timer(0.01, on_timeout)
late.start()
late.join()

print(f"fired={fired} finished={finished}")
for line in log:
    print(line)
assert fired == 1 and finished == 1
