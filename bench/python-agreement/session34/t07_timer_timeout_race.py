# BUG: a Timer marks the job timed out while the worker finishes; both write the outcome without a lock, so the
# job can end both "done" and counted as a timeout.
import threading
import time

outcome = {"status": "pending"}
timeouts = 0
completions = 0


def on_timeout():
    global timeouts
    if outcome["status"] == "pending":
        time.sleep(0.001)
        outcome["status"] = "timeout"
        timeouts += 1


def job():
    global completions
    time.sleep(0.005)
    if outcome["status"] == "pending":
        outcome["status"] = "done"
        completions += 1


timer = threading.Timer(0.005, on_timeout)
worker = threading.Thread(target=job)
timer.start()
worker.start()
worker.join()
timer.join()
print(outcome, "timeouts", timeouts, "completions", completions)
assert timeouts + completions == 1, "both the timer and the worker finished the job"
