import threading
out = []
records = [{'k': 1}, {'j': 2}]
def f():
    for rec in records:
        out.append('k' in rec)
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
