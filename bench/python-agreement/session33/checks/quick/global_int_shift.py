import threading
count = 1
def f():
    global count
    count = count << 70
t = threading.Thread(target=f)
t.start()
t.join()
print(count)
