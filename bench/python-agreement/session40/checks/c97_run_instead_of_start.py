# Check: calling t.run() instead of t.start() runs the target in the calling thread, synchronously (its write is there at once). Bug: run() instead of start().
import threading
import time

who = []


def work(tag):
    time.sleep(0.01)
    who.append(tag)


t1 = threading.Thread(target=work, args=("ran",))
t1.run()
len_after_run = len(who)
t2 = threading.Thread(target=work, args=("started",))
t2.start()
len_after_start = len(who)
t2.join()
print(f"who={who} len_after_run={len_after_run} len_after_start={len_after_start}")
