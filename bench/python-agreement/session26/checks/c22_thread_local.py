import threading

context = threading.local()
seen: dict[str, int] = {}
lock = threading.Lock()


def handle(name: str, value: int) -> None:
    context.value = value
    context.value += 1
    with lock:
        seen[name] = context.value


context.value = 100
threads = [threading.Thread(target=handle, args=(f"t{i}", i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
main_value = context.value
t0 = seen["t0"]
t1 = seen["t1"]
print(main_value, t0, t1)
