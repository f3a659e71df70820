import threading

go = threading.Event()
arrivals = []
lock = threading.Lock()


def runner(number):
    go.wait()
    with lock:
        arrivals.append(number)


runners = [threading.Thread(target=runner, args=(n,)) for n in range(1, 4)]
for r in runners:
    r.start()
go.set()
for r in runners:
    r.join()
print("order:", arrivals)
