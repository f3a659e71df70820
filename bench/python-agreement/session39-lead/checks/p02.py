import threading
log = []
def work(n, name):
    log.append(f"{n:>5}|{n:<4}|{n:05d}|{n:,}|{name!r}|{name:^7}|{n * 1000:,}|{n:x}|{n:b}")
t = threading.Thread(target=work, args=(1234, "ab"))
t.start(); t.join()
print(log)
