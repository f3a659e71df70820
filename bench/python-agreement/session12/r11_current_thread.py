import threading
names = []
lock = threading.Lock()
def work():
    with lock:
        names.append(threading.current_thread().name)
ts = [threading.Thread(target=work, name=f"w{i}") for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(names))
