# A string grown by `+=` in a loop of 500 passes (under long_loops.rs's 10,000), then walked 5,000 times
# while another thread waits 10 ms: CPython's walks of 4,000 characters outlast the wait ("no").
import threading

done = threading.Event()
result = []


def counter(piece):
    text = ""
    for _ in range(500):
        text += piece
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
