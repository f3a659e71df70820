# A string made longer by `replace` in a loop, then walked 5,000 times while another thread waits 10 ms:
# CPython's walks of about 4,000 characters outlast the wait (the watcher appends "no").
import threading

done = threading.Event()
result = []


def counter(seed):
    text = seed
    for _ in range(9):
        text = text.replace(";", ";;")
    total = 0
    for _ in range(5000):
        total += text.upper().count(";;")
    result.append(total)
    done.set()


def watcher():
    if done.wait(0.01):
        result.append("yes")
    else:
        result.append("no")


t1 = threading.Thread(target=counter, args=("abc,def;" * 7,))
t2 = threading.Thread(target=watcher)
t1.start()
t2.start()
t1.join()
t2.join()
print(result)
