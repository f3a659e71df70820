# BUG: lost update: two processes add ticket sales to a shared multiprocessing.Value; the box-office
# total uses get_lock(), but the VIP counter is updated with a bare `+=` (a read and a write) and loses sales.
import multiprocessing as mp


def sell(box_office, vip, batches):
    for tickets in batches:
        with box_office.get_lock():
            box_office.value += tickets
        vip.value += 1  # not atomic across processes


if __name__ == "__main__":
    box_office = mp.Value("i", 0)
    vip = mp.Value("i", 0)
    sellers = [
        mp.Process(target=sell, args=(box_office, vip, [2, 3, 1] * 50)),
        mp.Process(target=sell, args=(box_office, vip, [4, 1] * 75)),
    ]
    for p in sellers:
        p.start()
    for p in sellers:
        p.join()
    tickets_sold = box_office.value
    vip_sales = vip.value
    print(f"tickets_sold={tickets_sold} vip_sales={vip_sales} expected_vip=300")
    assert vip_sales == 300, f"lost VIP sales: {vip_sales}"
