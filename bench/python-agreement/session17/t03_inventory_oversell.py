# bug: check-then-act: two buyers both see enough stock, then both take it, and the stock goes negative
import threading
import time

inventory = {"widget": 3, "gadget": 5}
orders = []
orders_lock = threading.Lock()


def buy(customer: str, item: str, quantity: int) -> bool:
    if inventory[item] >= quantity:
        time.sleep(0.002)  # charge the card
        inventory[item] -= quantity
        with orders_lock:
            orders.append(customer)
        return True
    print(f"{customer}: sorry, {item} is out of stock")
    return False


def main():
    buyers = [
        threading.Thread(target=buy, args=("ann", "widget", 2)),
        threading.Thread(target=buy, args=("ben", "widget", 2)),
        threading.Thread(target=buy, args=("cat", "gadget", 1)),
    ]
    for b in buyers:
        b.start()
    for b in buyers:
        b.join()
    print(inventory, orders)
    assert inventory["widget"] >= 0, "oversold!"


if __name__ == "__main__":
    main()
