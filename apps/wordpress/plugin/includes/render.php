<?php
/**
 * Server rendering: the custom tag with its validated attributes, and inside it the static
 * fallback (picture, caption, data table in the chart's language) that holds the chart's place
 * until the script runs, shows without JavaScript, and stands in for the chart in feeds.
 *
 * @package NatoViz
 */

namespace NatoViz;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Block attribute → tag attribute (block.json names are camelCase). */
const BLOCK_ATTRIBUTES = array(
	'lang'        => 'lang',
	'theme'       => 'theme',
	'scenario'    => 'scenario',
	'view'        => 'view',
	'orientation' => 'orientation',
	'path'        => 'path',
	'current'     => 'current',
	'sort'        => 'sort',
	'issues'      => 'issues',
	'actors'      => 'actors',
	'noLegend'    => 'no-legend',
	'noTable'     => 'no-table',
);

/** What the build wrote about each chart's fallback (picture size, alt text, table). */
function fallbacks(): array {
	static $data = null;
	if ( null === $data ) {
		$data = json_decode( (string) file_get_contents( dirname( FILE ) . '/data/fallbacks.json' ), true );
	}
	return $data;
}

/** The chart variants whose drawn height the build measured (assets/reserve/<key>.css). */
function measured_variants(): array {
	static $keys = null;
	if ( null === $keys ) {
		$keys = array_flip( json_decode( (string) file_get_contents( dirname( FILE ) . '/data/reserve.json' ), true ) );
	}
	return $keys;
}

/**
 * The block's attributes as a tag's: [tag, attributes, caption], or null for an unknown chart.
 */
function from_block( array $attributes ): ?array {
	$chart = isset( $attributes['chart'] ) && is_string( $attributes['chart'] ) ? $attributes['chart'] : '';
	if ( ! isset( CHARTS[ $chart ] ) ) {
		return null;
	}
	$raw = array();
	foreach ( BLOCK_ATTRIBUTES as $block_name => $tag_name ) {
		if ( ! isset( $attributes[ $block_name ] ) ) {
			continue;
		}
		$value = $attributes[ $block_name ];
		if ( is_bool( $value ) ) {
			if ( $value ) {
				$raw[ $tag_name ] = true;
			}
			continue;
		}
		if ( is_array( $value ) ) {
			$value = implode( ',', array_filter( $value, 'is_string' ) );
		}
		if ( is_string( $value ) && '' !== $value ) {
			$raw[ $tag_name ] = $value;
		}
	}
	$caption = isset( $attributes['caption'] ) && is_string( $attributes['caption'] ) ? $attributes['caption'] : '';
	return array( CHARTS[ $chart ], $raw, $caption );
}

/**
 * A shortcode's attributes as a tag's: [tag, attributes, caption], or null for an unknown
 * chart. `[nato-viz chart="map" no-legend]` — a bare name is a boolean attribute.
 */
function from_shortcode( $atts ): ?array {
	$atts  = is_array( $atts ) ? $atts : array();
	$chart = isset( $atts['chart'] ) && is_string( $atts['chart'] ) ? $atts['chart'] : '';
	if ( ! isset( CHARTS[ $chart ] ) ) {
		return null;
	}
	$raw = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$raw[ strtolower( (string) $value ) ] = true;
		} elseif ( 'chart' !== $name && 'caption' !== $name ) {
			$raw[ $name ] = $value;
		}
	}
	$caption = isset( $atts['caption'] ) && is_string( $atts['caption'] ) ? $atts['caption'] : '';
	return array( CHARTS[ $chart ], $raw, $caption );
}

/** Renders the block (render_callback of block.json's block). */
function render_block( array $attributes ): string {
	$chart = from_block( $attributes );
	if ( null === $chart ) {
		return unknown_chart_notice( isset( $attributes['chart'] ) ? (string) wp_json_encode( $attributes['chart'] ) : '' );
	}
	list( $tag, $raw, $caption ) = $chart;
	list( $attrs )               = validate_attributes( $tag, $raw );
	$attrs                      += array( 'lang' => default_lang() );
	return render_chart( $tag, $attrs, $caption, get_block_wrapper_attributes() );
}

/** Renders `[nato-viz chart="map|ladder|matrix" …]`. */
function render_shortcode( $atts ): string {
	$chart = from_shortcode( $atts );
	if ( null === $chart ) {
		return unknown_chart_notice( is_array( $atts ) && isset( $atts['chart'] ) ? (string) $atts['chart'] : '' );
	}
	list( $tag, $raw, $caption ) = $chart;
	list( $attrs )               = validate_attributes( $tag, $raw );
	$attrs                      += array( 'lang' => default_lang() );
	return render_chart( $tag, $attrs, $caption, '' );
}

/** Readers see nothing for an unknown chart; people who can edit the post see why. */
function unknown_chart_notice( string $chart ): string {
	if ( ! current_user_can( 'edit_posts' ) || is_feed() ) {
		return '';
	}
	return '<p class="nv-wp-notice">' . esc_html(
		sprintf(
			/* translators: %s: the chart name as written. */
			__( 'nato-viz: unknown chart %s (use map, ladder or matrix).', 'nato-viz' ),
			'' === $chart ? '""' : $chart
		)
	) . '</p>';
}

/**
 * The key of the measured variant whose height a chart reserves: the chart, its language and
 * the values of its height-changing attributes (the build's variantKey()). A variant that was
 * not measured reserves its chart's default height in that language.
 */
function reserve_key( string $tag, string $lang, array $attrs ): string {
	$layout   = array(
		'nato-presence-map'   => array(
			'scenario' => 'deal',
			'view'     => 'europe',
		),
		'escalation-ladder'   => array(),
		'actor-stance-matrix' => array( 'issues' => '' ),
	);
	$parts    = array( $tag, $lang );
	foreach ( $layout[ $tag ] as $name => $default ) {
		if ( isset( $attrs[ $name ] ) && is_string( $attrs[ $name ] ) && $attrs[ $name ] !== $default ) {
			$parts[] = $name . '-' . preg_replace( '/[^a-z0-9-]+/', '_', $attrs[ $name ] );
		}
	}
	$key = implode( '.', $parts );
	return isset( measured_variants()[ $key ] ) ? $key : $tag . '.' . $lang;
}

/** The tag's attributes as HTML, escaped (they are validated values already). */
function attributes_html( array $attrs ): string {
	$html = '';
	foreach ( $attrs as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
	}
	return $html;
}

/**
 * The chart's tag with its fallback inside.
 *
 * @param string $tag     A chart tag.
 * @param array  $attrs   Validated attributes, `lang` included.
 * @param string $caption A caption of the author's, or ''.
 * @param string $wrapper Extra attributes for the tag (the block's class names), or ''.
 */
function render_chart( string $tag, array $attrs, string $caption, string $wrapper ): string {
	$caption = sanitize_text_field( $caption );
	if ( is_feed() ) {
		return feed_fallback( $tag, $attrs, $caption );
	}
	$key = reserve_key( $tag, $attrs['lang'], $attrs );
	enqueue_chart_assets( array( $key ) );
	return '<' . $tag . ( '' !== $wrapper ? ' ' . $wrapper : '' ) . attributes_html( $attrs ) . '>'
		. ( '' !== $caption ? '<span slot="caption">' . esc_html( $caption ) . '</span>' : '' )
		. fallback_html( $tag, $attrs, $caption, $key )
		. '</' . $tag . '>';
}

/**
 * The hosted fallback inside the tag (the embed's snippet, README "Static fallbacks"): with
 * scripts on, an empty canvas of the height the chart will be drawn at (assets/reserve/*.css);
 * with scripts off, the picture in it and the data table after it.
 */
function fallback_html( string $tag, array $attrs, string $caption, string $key ): string {
	$lang = $attrs['lang'];
	$fb   = fallbacks()[ $tag ][ $lang ];
	$note = picture_note( $tag, $attrs );
	$size = ' width="' . (int) $fb['width'] . '" height="' . (int) $fb['height'] . '"';
	$src  = plugins_url( 'assets/fallback/' . $fb['svg'], FILE );
	$alt  = $fb['alt'] . ( '' !== $note ? ' ' . $note : '' );
	return '<div class="nv-fallback nv-wp-fallback" data-nv-fallback="' . esc_attr( $tag ) . '" data-nv-reserve="' . esc_attr( $key ) . '" lang="' . esc_attr( $lang ) . '">'
		. '<canvas' . $size . '><img src="' . esc_url( $src ) . '" loading="lazy" decoding="async"' . $size . ' alt="' . esc_attr( $alt ) . '"></canvas>'
		. "<noscript>\n"
		. ( '' !== $caption ? '<p class="nv-wp-caption">' . esc_html( $caption ) . "</p>\n" : '' )
		. ( '' !== $note ? '<p class="nv-wp-note">' . esc_html( $note ) . "</p>\n" : '' )
		. table_html( $tag, $attrs )
		. "\n</noscript></div>";
}

/**
 * For feeds: no custom tag (a feed reader cannot run it), the picture from its absolute URL,
 * the caption, and the table always shown.
 */
function feed_fallback( string $tag, array $attrs, string $caption ): string {
	$lang  = $attrs['lang'];
	$fb    = fallbacks()[ $tag ][ $lang ];
	$note  = picture_note( $tag, $attrs );
	$src   = plugins_url( 'assets/fallback/' . $fb['svg'], FILE );
	$table = preg_replace( array( '#^<details><summary>.*?</summary>\s*#s', '#\s*</details>$#' ), '', table_html( $tag, $attrs ) );
	return '<figure class="nv-wp-feed" data-nv-fallback="' . esc_attr( $tag ) . '" lang="' . esc_attr( $lang ) . '">'
		. '<img src="' . esc_url( $src ) . '" width="' . (int) $fb['width'] . '" height="' . (int) $fb['height'] . '" alt="' . esc_attr( $fb['alt'] ) . '">'
		. ( '' !== $caption || '' !== $note ? '<figcaption>' . esc_html( trim( $caption . ' ' . $note ) ) . '</figcaption>' : '' )
		. "</figure>\n" . $table . "\n";
}

/**
 * The data table (the element's own "show as table", from the embed's snippet); the matrix's
 * keeps only the issues the chart shows.
 */
function table_html( string $tag, array $attrs ): string {
	$fb = fallbacks()[ $tag ][ $attrs['lang'] ];
	if ( 'actor-stance-matrix' !== $tag || ! isset( $attrs['issues'] ) ) {
		return $fb['table'];
	}
	$issues = explode( ',', $attrs['issues'] );
	$rows   = array_filter(
		$fb['rows']['rows'],
		static function ( $row ) use ( $issues ) {
			return in_array( $row['issue'], $issues, true );
		}
	);
	if ( array() === $rows ) {
		$none = 'nl' === $attrs['lang'] ? 'Het artikel noemt over deze kwesties geen standpunt.' : 'The article states no position on these issues.';
		return '<p>' . esc_html( $none ) . '</p>';
	}
	return $fb['rows']['head'] . implode( '', array_column( $rows, 'html' ) ) . $fb['rows']['tail'];
}

/**
 * The pictures show each chart as drawn by default. Where the chart is set otherwise, this
 * says so (under the picture without JavaScript, in its text alternative and in feeds), so a
 * picture never contradicts the chart without saying it; '' where the picture is the chart.
 */
function picture_note( string $tag, array $attrs ): string {
	$nl    = 'nl' === $attrs['lang'];
	$parts = array();
	$label = static function ( string $list, string $id ) use ( $attrs ) {
		foreach ( dataset()[ $list ] as $item ) {
			if ( $item['id'] === $id ) {
				return $item['label'][ $attrs['lang'] ] ?? $item['name'][ $attrs['lang'] ] ?? $id;
			}
		}
		return $id;
	};
	$names = static function ( string $list, string $value ) use ( $label ) {
		return implode( ', ', array_map( static fn( $id ) => $label( $list, $id ), explode( ',', $value ) ) );
	};
	if ( isset( $attrs['scenario'] ) && 'no-deal' === $attrs['scenario'] ) {
		$parts[] = $nl ? 'het scenario zonder deal' : 'the scenario without a deal';
	}
	if ( isset( $attrs['view'] ) && 'ukraine' === $attrs['view'] ) {
		$parts[] = $nl ? 'ingezoomd op Oekraïne' : 'zoomed in on Ukraine';
	}
	if ( isset( $attrs['path'] ) && 'both' !== $attrs['path'] ) {
		$parts[] = 'deal' === $attrs['path']
			? ( $nl ? 'het pad met deal uitgelicht' : 'the path with a deal highlighted' )
			: ( $nl ? 'het pad zonder deal uitgelicht' : 'the path without a deal highlighted' );
	}
	if ( isset( $attrs['current'] ) ) {
		$parts[] = ( $nl ? 'huidige stap: ' : 'current step: ' ) . $label( 'rungs', $attrs['current'] );
	}
	if ( isset( $attrs['orientation'] ) && 'horizontal' === $attrs['orientation'] ) {
		$parts[] = $nl ? 'horizontaal' : 'horizontal';
	}
	if ( isset( $attrs['issues'] ) ) {
		$parts[] = ( $nl ? 'alleen de kwesties ' : 'only the issues ' ) . $names( 'issues', $attrs['issues'] );
	}
	if ( isset( $attrs['actors'] ) ) {
		$parts[] = ( $nl ? 'alleen de actoren ' : 'only the actors ' ) . $names( 'actors', $attrs['actors'] );
	}
	if ( isset( $attrs['sort'] ) && 'agreement' === $attrs['sort'] ) {
		$parts[] = $nl ? 'gesorteerd op instemming' : 'sorted by agreement';
	}
	if ( isset( $attrs['no-legend'] ) ) {
		$parts[] = $nl ? 'zonder legenda' : 'without the legend';
	}
	if ( isset( $attrs['theme'] ) && 'dark' === $attrs['theme'] ) {
		$parts[] = $nl ? 'donkere kleuren' : 'dark colours';
	}
	if ( array() === $parts ) {
		return '';
	}
	return ( $nl ? 'De afbeelding toont de standaardweergave; de grafiek op deze pagina is ingesteld op: ' : 'The picture shows the default view; the chart on this page is set to: ' )
		. implode( '; ', $parts ) . '.';
}
