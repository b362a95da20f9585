import FunnelStore

extension Bitmap {
    /// `bitmap` cut or padded to `reference`'s length.
    static func sameLength(_ bitmap: Bitmap, _ reference: Bitmap) -> Bitmap {
        resized(bitmap, to: reference.count)
    }

    /// `bitmap` cut or padded (with clear bits) to `count` rows.
    public static func resized(_ bitmap: Bitmap, to count: Int) -> Bitmap {
        bitmap.count == count ? bitmap : Bitmap(words: bitmap.words, count: count)
    }
}
