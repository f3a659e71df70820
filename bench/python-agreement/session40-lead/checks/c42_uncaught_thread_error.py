# One thread dies of an uncaught error; the others finish. No bug (the error is printed by CPython).
import threading

done = []


def step(n):
    if n == 2:
        raise RuntimeError("step 2 failed")
    done.append(n)


threads = [threading.Thread(target=step, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
