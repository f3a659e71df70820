import threading
done = []
def work():
    done.append(1)
timer = threading.Timer(0.001, work)
timer.start()
timer.join()
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
