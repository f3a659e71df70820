import threading, time
stock = 1
sold = 0
def buy():
    global stock, sold
    if stock > 0:
        time.sleep(0.001)
        stock -= 1
        sold += 1
ts = [threading.Thread(target=buy) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(stock, sold)
