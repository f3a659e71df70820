# check: a polling loop that stops at a deadline measured with time.perf_counter()
import time

polls = 0
deadline = time.perf_counter() + 0.01
while time.perf_counter() < deadline:
    polls += 1
    time.sleep(0.002)
print(polls)
