import threading

digest = 0

def mix(text):
    global digest
    h = 5381
    for i in range(len(text)):
        h = h * 33 + ord(text[i])
    digest = h % 1000

t = threading.Thread(target=mix, args=("concurrency in python",))
t.start()
t.join()
