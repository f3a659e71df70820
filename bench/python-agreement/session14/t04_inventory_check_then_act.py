# Known bug: check-then-act on stock (two buyers see len(stock) > 0, second pop raises IndexError)
import threading
import time

stock = [101]
sold = []


def buy(customer):
    if len(stock) > 0:
        time.sleep(0.001)  # payment processing
        item = stock.pop()
        sold.append(item)
        print(f"{customer} bought item {item}")
    else:
        print(f"{customer}: out of stock")


def main():
    buyers = [threading.Thread(target=buy, args=(name,)) for name in ("ann", "bob")]
    for b in buyers:
        b.start()
    for b in buyers:
        b.join()
    print(f"stock={stock} sold={sold}")


if __name__ == "__main__":
    main()
