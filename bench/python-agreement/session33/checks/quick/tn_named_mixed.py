import threading
done = []
def work():
    done.append(1)
threads = [threading.Thread(target=work, name='a'), threading.Thread(target=work), threading.Thread(target=work, name=None)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
