import threading
x = ""
def w(n):
    global x
    x = f"{n:e}"
t = threading.Thread(target=w, args=(7,))
t.start()
t.join()
