import threading
done = []
def work():
    done.append(1)
def spawn():
    return threading.Thread(target=work)
threads = [spawn(), threading.Thread(target=work)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
