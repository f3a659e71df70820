import threading

names: dict[int, str] = {}
lock = threading.Lock()


def work(i: int) -> None:
    with lock:
        names[i] = threading.current_thread().name


threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
named = threading.Thread(target=work, args=(2,), name="custom")
for t in threads + [named]:
    t.start()
for t in threads + [named]:
    t.join()
n0 = names[0]
n1 = names[1]
n2 = names[2]
main_name = threading.current_thread().name
print(n0, n1, n2, main_name)
