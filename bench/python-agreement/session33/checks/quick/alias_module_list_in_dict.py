import threading
bucket = []
index = {'a': bucket}
def worker():
    bucket.append(5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(len(index['a']))
