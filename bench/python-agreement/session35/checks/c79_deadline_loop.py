"""A thread counts until a monotonic deadline 5 ms away while another sleeps 2 ms and sets a flag."""
import threading
import time

flag = 0
counted_past_flag = 0


def counter():
    global counted_past_flag
    deadline = time.monotonic() + 0.005
    while time.monotonic() < deadline:
        if flag:
            counted_past_flag = 1


def setter():
    global flag
    time.sleep(0.002)
    flag = 1


threads = [threading.Thread(target=counter), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(flag, counted_past_flag)
