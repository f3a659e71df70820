//! A dict display with string keys that gains a key at run time (session 29; session25/t01:
//! `self._stock = {"apple": 5, "pear": 3}`, then `self._stock[item] = self._stock.get(item, 0) +
//! count` with `item` "kiwi"). weft keeps a dict with string keys as one shared variable per key
//! (`stock_apple`), which cannot gain a key; a dict whose keys come at run time is a shared map, the
//! form of a dict that starts empty (`{}`). So where the translator meets a key such a dict does not
//! list (or a key known only at run time), it names the display, and the program is translated again
//! with that display a shared map holding the display's pairs in its order (translate.rs's
//! `translate`): a missing key is then Python's KeyError at run time, a new key goes last in the
//! dict's order, `d.get(k, 0)` reads whether it is there, as for any dict written by run-time keys.

use super::{Error, Translator};

impl Translator<'_> {
    /// The refusal of a key that the dict with string keys `fields` does not list: also asks for the
    /// translation again with the dict a shared map, where the display is known.
    pub(crate) fn grown_record(&self, fields: &[(String, String)], refusal: Error) -> Error {
        let display = fields.first().and_then(|(_, first)| self.record_displays.get(first)).copied();
        Error { grown_dict: display.filter(|offset| !self.grown_dicts.contains(offset)), ..refusal }
    }
}
