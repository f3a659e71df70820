import threading
index = {}
def worker():
    bucket = []
    index['a'] = bucket
    bucket.append(5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(index['a'])
