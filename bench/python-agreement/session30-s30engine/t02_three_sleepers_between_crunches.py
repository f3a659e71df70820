"""Three threads started one after the other, each sleeping 30 ms at once, with 10 ms of CPU in main
after each start: each sleep begins as its thread starts, so the last ends about 20 + 30 = 50 ms in."""
import threading
import time


def burn(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


done = [0, 0, 0]


def sleeper(i):
    time.sleep(0.03)
    done[i] = 1


threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    burn(0.01)  # weft: cpu 10ms
for t in threads:
    t.join()
print(sum(done))
