# A string doubled by `s = s * 2` (which the import cannot tell from integer arithmetic where it stands),
# then walked by `upper().count()` 5,000 times while another thread waits 10 ms: CPython spends 1 to 2 ns
# a character on each method, so the walks of 4,096 characters outlast the wait (ready == "no").
import threading

done = threading.Event()
result = []


def counter(seed):
    text = seed
    for _ in range(9):
        text = text * 2
    total = 0
    for _ in range(5000):
        total += text.upper().count("ABC")
    result.append(total)
    done.set()


def watcher():
    if done.wait(0.01):
        result.append("yes")
    else:
        result.append("no")


t1 = threading.Thread(target=counter, args=("abc,def;",))
t2 = threading.Thread(target=watcher)
t1.start()
t2.start()
t1.join()
t2.join()
print(result)
