import threading
records = []
def worker():
    row = {'n': 1}
    records.append(row)
    row['n'] = 2
t = threading.Thread(target=worker)
t.start()
t.join()
print(records[0]['n'])
