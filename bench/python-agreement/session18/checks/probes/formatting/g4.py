import threading
x = ""
def w(n):
    global x
    x = f"avg={n:.2f}"
t = threading.Thread(target=w, args=(7,))
t.start()
t.join()
