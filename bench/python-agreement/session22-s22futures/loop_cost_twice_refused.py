# A cost on a loop's line and another inside it would count twice: refused.
import threading

done = []


def worker():
    total = 0
    for i in range(100):  # weft: cpu 10ms
        total += i  # weft: cpu 1us
    done.append(total)


t = threading.Thread(target=worker)
t.start()
t.join()
print(done)
