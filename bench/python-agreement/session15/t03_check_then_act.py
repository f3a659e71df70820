# bug: check-then-act -- two customers both see enough stock and both buy the last items (stock goes negative)
import threading
import time

stock = 1
sold = 0


def buy(customer):
    global stock, sold
    if stock > 0:
        time.sleep(0.001)  # payment processing
        stock -= 1
        sold += 1
        print(f"{customer} bought one")
    else:
        print(f"{customer}: sold out")


alice = threading.Thread(target=buy, args=("alice",))
bob = threading.Thread(target=buy, args=("bob",))
alice.start()
bob.start()
alice.join()
bob.join()
print("stock:", stock, "sold:", sold)
