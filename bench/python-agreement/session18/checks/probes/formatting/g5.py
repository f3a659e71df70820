import threading
x = 0
def w(n):
    global x
    print(f"avg={n:.2f}")
    x = n
t = threading.Thread(target=w, args=(7,))
t.start()
t.join()
