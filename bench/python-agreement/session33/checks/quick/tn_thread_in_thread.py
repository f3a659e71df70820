import threading
done = []
inner = []
def work():
    done.append(1)
def outer():
    t = threading.Thread(target=work)
    t.start()
    t.join()
    inner.append(t.name)
threads = [threading.Thread(target=outer), threading.Thread(target=work)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
