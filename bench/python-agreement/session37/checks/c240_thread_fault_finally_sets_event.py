import threading

done = threading.Event()
log = []


def loader(text):
    try:
        log.append(int(text))
    finally:
        done.set()


t = threading.Thread(target=loader, args=("x",))
t.start()
done.wait()
log.append("main saw done")
t.join()
print(log)  # ordered
