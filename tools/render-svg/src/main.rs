//! `render-svg IN.svg OUT.png`: rasterises an SVG with resvg, with the system's fonts for the text.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: render-svg IN.svg OUT.png");
        std::process::exit(2);
    };
    let data = std::fs::read(input).unwrap_or_else(|e| panic!("cannot read {input}: {e}"));
    let mut options = resvg::usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // Generic families resolve to Arial and Times by default; Linux machines usually have DejaVu.
    fonts.set_sans_serif_family("DejaVu Sans");
    fonts.set_serif_family("DejaVu Serif");
    options.font_family = "DejaVu Sans".to_string();
    let tree = resvg::usvg::Tree::from_data(&data, &options).unwrap_or_else(|e| panic!("{input} is not a valid SVG: {e}"));
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("a non-empty picture");
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.save_png(output).unwrap_or_else(|e| panic!("cannot write {output}: {e}"));
    println!("{output}: {}x{}", size.width(), size.height());
}
