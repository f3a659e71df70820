# timing: two threads each run burn() (~25 ms of pure-Python CPU, cost measured by agree.py); under the GIL about 2 x burn + 20 ms sleep
import threading
import time


def burn():  # weft: cpu CALIBRATED
    total = 0
    for i in range(700_000):
        total += i


def job(done):
    burn()
    done.append(1)


done = []
workers = [threading.Thread(target=job, args=(done,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
time.sleep(0.02)
print(len(done))
