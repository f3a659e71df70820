# A cost on an `if` line stays ambiguous (the test's, a branch's?): refused, as before.
import threading

done = []


def worker(flag):
    if flag:  # weft: cpu 10ms
        done.append(1)


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print(done)
