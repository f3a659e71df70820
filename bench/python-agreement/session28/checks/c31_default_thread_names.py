import threading

names: list[str] = []
lock = threading.Lock()


def work() -> None:
    with lock:
        names.append(threading.current_thread().name)


t = threading.Thread(target=work)
t.start()
t.join()
main_name = threading.current_thread().name
first = names[0]
print(first, main_name)
assert first == "Thread-1 (work)" and main_name == "MainThread"
