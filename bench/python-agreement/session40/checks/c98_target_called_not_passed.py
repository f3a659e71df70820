# Check: `Thread(target=work())` calls work in the main thread and passes None as the target; the thread does nothing. Bug: target called instead of passed.
import threading

calls = 0


def work():
    global calls
    calls += 1


t = threading.Thread(target=work())
calls_before_start = calls
t.start()
t.join()
print(f"calls={calls} calls_before_start={calls_before_start}")
